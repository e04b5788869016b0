;; http_call/call_bad_argument: proxy_http_call calls that must be refused
;; before anything is sent: headers without :method, without :path,
;; without :authority, no headers at all, malformed header pairs (count 5,
;; data for three pairs: no pseudo-header can be read from it), and an
;; empty upstream.  Made from on_configure; every other argument is valid.
(module
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "cluster")
  ;; {:path: /, :authority: a}, 41 bytes
  (data (i32.const 32) "\02\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\01\00\00\00:path\00/\00:authority\00a\00")
  ;; {:method: GET, :authority: a}, 45 bytes
  (data (i32.const 96) "\02\00\00\00\07\00\00\00\03\00\00\00\0a\00\00\00\01\00\00\00:method\00GET\00:authority\00a\00")
  ;; {:method: GET, :path: /}, 40 bytes
  (data (i32.const 160) "\02\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00:method\00GET\00:path\00/\00")
  ;; {:method: GET, :path: /, :authority: a}, 61 bytes, count patched to 5
  (data (i32.const 224) "\05\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\01\00\00\00:method\00GET\00:path\00/\00:authority\00a\00")
  ;; {:method: GET, :path: /, :authority: a}, 61 bytes, well-formed
  (data (i32.const 320) "\03\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\01\00\00\00:method\00GET\00:path\00/\00:authority\00a\00")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func $call (param $up i32) (param $upl i32) (param $hp i32) (param $hl i32)
    (drop (call $http_call (local.get $up) (local.get $upl) (local.get $hp) (local.get $hl)
                           (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                           (i32.const 1000) (i32.const 600))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 41))    ;; no :method
    (call $call (i32.const 16) (i32.const 7) (i32.const 96) (i32.const 45))    ;; no :path
    (call $call (i32.const 16) (i32.const 7) (i32.const 160) (i32.const 40))   ;; no :authority
    (call $call (i32.const 16) (i32.const 7) (i32.const 0) (i32.const 0))      ;; no headers
    (call $call (i32.const 16) (i32.const 7) (i32.const 224) (i32.const 61))   ;; malformed
    (call $call (i32.const 0) (i32.const 0) (i32.const 320) (i32.const 61))    ;; upstream ""
    (i32.const 1)))
