;; local_response/send_bad_pairs: proxy_send_local_response whose header
;; pairs are not well-formed: 2 bytes, count 5 with data for one pair, a
;; key length past the end, no NUL after the key, trailing bytes.  No local
;; response results.
(module
  (import "env" "proxy_send_local_response"
    (func $send (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "\01\00")
  (data (i32.const 48) "\05\00\00\00\03\00\00\00\01\00\00\00x-b\002\00")
  (data (i32.const 80) "\01\00\00\00\64\00\00\00\01\00\00\00x-b\002\00")
  (data (i32.const 112) "\01\00\00\00\03\00\00\00\01\00\00\00x-bX2\00")
  (data (i32.const 176) "\01\00\00\00\03\00\00\00\01\00\00\00x-b\002\00\00\00")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func $send1 (param $p i32) (param $l i32)
    (drop (call $send (i32.const 403) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                      (local.get $p) (local.get $l) (i32.const -1))))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (call $send1 (i32.const 16) (i32.const 2))
    (call $send1 (i32.const 48) (i32.const 18))
    (call $send1 (i32.const 80) (i32.const 18))
    (call $send1 (i32.const 112) (i32.const 18))
    (call $send1 (i32.const 176) (i32.const 20))
    (i32.const 0)))
