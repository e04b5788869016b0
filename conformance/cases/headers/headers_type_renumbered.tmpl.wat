;; headers/headers_type_renumbered: from 0.1.0 headers_type has no
;; grpc_create_initial_metadata, so its numbers after it moved down by one
;; and 8 (v1alpha's http_call_response_trailers) is one past the last:
;; proxy_get_header_map_value with type 8 is bad_argument and writes
;; nothing, from on_request_headers.
(module
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) ":path")
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}}
    (result i32)
    (drop (call $get (i32.const 8) (i32.const 16) (i32.const 5)
                     (i32.const 512) (i32.const 516)))
    (i32.const 0)))
