;; buffers/buffer_type_out_of_range: proxy_get_buffer_bytes and
;; proxy_get_buffer_status with buffer_type 9 (one past
;; the last buffer of every version: grpc_receive_buffer = 5 up to 0.1.0,
;; foreign_function_arguments = 8 from 0.2.0) and 0xFFFFFFFF, from on_request_body where the request body is available.
(module
  (import "env" "proxy_get_buffer_status"
    (func $status (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_buffer_bytes"
    (func $bytes (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (global $heap (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32)
    (drop (call $bytes (i32.const 9) (i32.const 0) (i32.const 10) (i32.const 512) (i32.const 516)))
    (drop (call $status (i32.const 9) (i32.const 512) (i32.const 516)))
    (drop (call $bytes (i32.const -1) (i32.const 0) (i32.const 10) (i32.const 512) (i32.const 516)))
    (drop (call $status (i32.const -1) (i32.const 512) (i32.const 516)))
    (i32.const 0)))
