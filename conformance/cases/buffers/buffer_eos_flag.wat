;; buffers/buffer_eos_flag: proxy_get_buffer_status reports END_OF_STREAM
;; (flag 1) once the host has seen the end of the buffer's direction: the
;; request body, the response body and the downstream data, each read in
;; its own callback, before and at the end of stream.
(module
  (import "env" "proxy_get_buffer_status"
    (func $status (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (func (export "malloc") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "proxy_on_start") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) (result i32) (i32.const 0))
  (func (export "proxy_on_response_headers") (param i32 i32) (result i32) (i32.const 0))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32)
    (drop (call $status (i32.const 0) (i32.const 512) (i32.const 516)))
    (i32.const 0))
  (func (export "proxy_on_response_body") (param i32 i32 i32) (result i32)
    (drop (call $status (i32.const 1) (i32.const 512) (i32.const 516)))
    (i32.const 0))
  (func (export "proxy_on_new_connection") (param i32) (result i32) (i32.const 0))
  (func (export "proxy_on_downstream_data") (param i32 i32 i32) (result i32)
    (drop (call $status (i32.const 2) (i32.const 512) (i32.const 516)))
    (i32.const 0)))
