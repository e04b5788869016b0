;; local_response/send_bad_pointers: proxy_send_local_response with a bad
;; details, then a bad body, then bad header pairs (the others valid), each
;; in three forms: out of bounds (65536, 1), ptr + len wrapping past 2^32
;; (0xFFFFFFF0, 32), and a length past the end of the 1-page memory.  No
;; local response results.
(module
  (import "env" "proxy_send_local_response"
    (func $send (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "denied")      ;; 6
  (data (i32.const 32) "go away")     ;; 7
  ;; {x-a: 1}, 18 bytes
  (data (i32.const 48) "\01\00\00\00\03\00\00\00\01\00\00\00x-a\001\00")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func $send3 (param $dp i32) (param $dl i32) (param $bp i32) (param $bl i32)
               (param $pp i32) (param $pl i32)
    (drop (call $send (i32.const 403) (local.get $dp) (local.get $dl)
                      (local.get $bp) (local.get $bl) (local.get $pp) (local.get $pl)
                      (i32.const -1))))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    ;; details
    (call $send3 (i32.const 65536) (i32.const 1) (i32.const 32) (i32.const 7) (i32.const 48) (i32.const 18))
    (call $send3 (i32.const -16) (i32.const 32) (i32.const 32) (i32.const 7) (i32.const 48) (i32.const 18))
    (call $send3 (i32.const 16) (i32.const 65521) (i32.const 32) (i32.const 7) (i32.const 48) (i32.const 18))
    ;; body
    (call $send3 (i32.const 16) (i32.const 6) (i32.const 65536) (i32.const 1) (i32.const 48) (i32.const 18))
    (call $send3 (i32.const 16) (i32.const 6) (i32.const -16) (i32.const 32) (i32.const 48) (i32.const 18))
    (call $send3 (i32.const 16) (i32.const 6) (i32.const 32) (i32.const 65505) (i32.const 48) (i32.const 18))
    ;; header pairs
    (call $send3 (i32.const 16) (i32.const 6) (i32.const 32) (i32.const 7) (i32.const 65536) (i32.const 18))
    (call $send3 (i32.const 16) (i32.const 6) (i32.const 32) (i32.const 7) (i32.const -16) (i32.const 32))
    (call $send3 (i32.const 16) (i32.const 6) (i32.const 32) (i32.const 7) (i32.const 48) (i32.const 65489))
    (i32.const 0)))
