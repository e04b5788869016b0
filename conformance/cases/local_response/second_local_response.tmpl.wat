;; local_response/second_local_response: two proxy_send_local_response
;; calls in one callback (403 "first", then 429 "second").
(module
  (import "env" "proxy_send_local_response"
    (func $send (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "first")     ;; 5
  (data (i32.const 32) "second")    ;; 6
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $send (i32.const 403) (i32.const 0) (i32.const 0) (i32.const 16) (i32.const 5)
                      (i32.const 0) (i32.const 0) (i32.const 7)))
    (drop (call $send (i32.const 429) (i32.const 0) (i32.const 0) (i32.const 32) (i32.const 6)
                      (i32.const 0) (i32.const 0) (i32.const 8)))
    (i32.const 1)))
