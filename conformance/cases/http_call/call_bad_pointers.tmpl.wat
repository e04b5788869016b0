;; http_call/call_bad_pointers: proxy_http_call with one bad pointer at a
;; time, the rest valid: upstream, header pairs, body, trailer pairs, each
;; out of bounds (65536, 1), wrapping past 2^32 (0xFFFFFFF0, 32) and running
;; past the end of the 1-page memory; then the token out-pointer as 65536,
;; 0xFFFFFFFC (the 4-byte write wraps) and 65534 (it crosses the end).
(module
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "cluster")
  ;; {:method: GET, :path: /, :authority: a}, 61 bytes
  (data (i32.const 32) "\03\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\01\00\00\00:method\00GET\00:path\00/\00:authority\00a\00")
  (data (i32.const 112) "body")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  ;; upstream, headers, body, trailers (pointer, length), token pointer
  (func $call (param $up i32) (param $upl i32) (param $hp i32) (param $hl i32)
              (param $bp i32) (param $bl i32) (param $tp i32) (param $tl i32)
              (param $tok i32)
    (drop (call $http_call (local.get $up) (local.get $upl) (local.get $hp) (local.get $hl)
                           (local.get $bp) (local.get $bl) (local.get $tp) (local.get $tl)
                           (i32.const 1000) (local.get $tok))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    ;; upstream
    (call $call (i32.const 65536) (i32.const 1) (i32.const 32) (i32.const 61) (i32.const 112) (i32.const 4) (i32.const 0) (i32.const 0) (i32.const 600))
    (call $call (i32.const -16) (i32.const 32) (i32.const 32) (i32.const 61) (i32.const 112) (i32.const 4) (i32.const 0) (i32.const 0) (i32.const 600))
    (call $call (i32.const 16) (i32.const 65521) (i32.const 32) (i32.const 61) (i32.const 112) (i32.const 4) (i32.const 0) (i32.const 0) (i32.const 600))
    ;; header pairs
    (call $call (i32.const 16) (i32.const 7) (i32.const 65536) (i32.const 1) (i32.const 112) (i32.const 4) (i32.const 0) (i32.const 0) (i32.const 600))
    (call $call (i32.const 16) (i32.const 7) (i32.const -16) (i32.const 32) (i32.const 112) (i32.const 4) (i32.const 0) (i32.const 0) (i32.const 600))
    (call $call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 65505) (i32.const 112) (i32.const 4) (i32.const 0) (i32.const 0) (i32.const 600))
    ;; body
    (call $call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 61) (i32.const 65536) (i32.const 1) (i32.const 0) (i32.const 0) (i32.const 600))
    (call $call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 61) (i32.const -16) (i32.const 32) (i32.const 0) (i32.const 0) (i32.const 600))
    (call $call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 61) (i32.const 112) (i32.const 65425) (i32.const 0) (i32.const 0) (i32.const 600))
    ;; trailer pairs
    (call $call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 61) (i32.const 112) (i32.const 4) (i32.const 65536) (i32.const 1) (i32.const 600))
    (call $call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 61) (i32.const 112) (i32.const 4) (i32.const -16) (i32.const 32) (i32.const 600))
    (call $call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 61) (i32.const 112) (i32.const 4) (i32.const 32) (i32.const 65505) (i32.const 600))
    ;; token
    (call $call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 61) (i32.const 112) (i32.const 4) (i32.const 0) (i32.const 0) (i32.const 65536))
    (call $call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 61) (i32.const 112) (i32.const 4) (i32.const 0) (i32.const 0) (i32.const -4))
    (call $call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 61) (i32.const 112) (i32.const 4) (i32.const 0) (i32.const 0) (i32.const 65534))
    (i32.const 1)))
