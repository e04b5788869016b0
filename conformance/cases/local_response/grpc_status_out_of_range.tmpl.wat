;; local_response/grpc_status_out_of_range: proxy_send_local_response with
;; grpc_status 17 (invalid_code's position in the witx, erratum E5), 18,
;; 0x7FFFFFFF and 0xFFFFFFFE, none of them a grpc_status value.
(module
  (import "env" "proxy_send_local_response"
    (func $send (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func $send1 (param $g i32)
    (drop (call $send (i32.const 500) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                      (i32.const 0) (i32.const 0) (local.get $g))))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (call $send1 (i32.const 17))
    (call $send1 (i32.const 18))
    (call $send1 (i32.const 0x7fffffff))
    (call $send1 (i32.const -2))
    (i32.const 0)))
