;; A template (conformance/FORMAT.md, "Several versions"): the version's
;; marker, callback names, end_of_stream and header map number.
(module
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "k")
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}}
    (result i32)
    (drop (call $get (i32.const {{map http_call_response_headers}})
      (i32.const 16) (i32.const 1) (i32.const 64) (i32.const 68)))
    (i32.const 0)))
