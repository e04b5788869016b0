;; local_response/send_after_response_headers: on_response_headers lets
;; the response headers go downstream (continue); then on_response_body
;; calls proxy_send_local_response(500, "late", "too late", no pairs,
;; invalid_code).
(module
  (import "env" "proxy_send_local_response"
    (func $send (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "late")        ;; 4
  (data (i32.const 32) "too late")    ;; 8
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_response_body") (param i32 i32 i32) (result i32)
    (drop (call $send (i32.const 500) (i32.const 16) (i32.const 4)
                      (i32.const 32) (i32.const 8) (i32.const 0) (i32.const 0)
                      (i32.const -1)))
    (i32.const 0)))
