;; local_response/send_from_tcp: proxy_send_local_response from
;; on_new_connection and on_downstream_data, in a TCP connection's
;; context: there is no HTTP request to answer.
(module
  (import "env" "proxy_send_local_response"
    (func $send (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "no http")   ;; 7
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func $send1
    (drop (call $send (i32.const 403) (i32.const 16) (i32.const 7) (i32.const 16) (i32.const 7)
                      (i32.const 0) (i32.const 0) (i32.const -1))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_new_connection") (param i32) (result i32)
    (call $send1)
    (i32.const 0))
  (func (export "proxy_on_downstream_data") (param i32 i32 i32) (result i32)
    (call $send1)
    (i32.const 0)))
