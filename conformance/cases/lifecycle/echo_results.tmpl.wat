;; Shared by the results_* and bad_result_* cases: every HTTP stream
;; callback returns its own count or length argument, so the driver picks
;; the result: n headers, trailers or metadata entries, or a body of n
;; bytes, make the callback return n.
(module
  (memory (export "memory") 1)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (local.get 1))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32) (local.get 1))
  (func (export "proxy_on_request_trailers") (param i32 i32) (result i32) (local.get 1))
  (func (export "proxy_on_request_metadata") (param i32 i32) (result i32) (local.get 1))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}} (result i32) (local.get 1))
  (func (export "proxy_on_response_body") (param i32 i32 i32) (result i32) (local.get 1))
  (func (export "proxy_on_response_trailers") (param i32 i32) (result i32) (local.get 1))
  (func (export "proxy_on_response_metadata") (param i32 i32) (result i32) (local.get 1))
  (func (export "proxy_on_done") (param i32) (result i32) (i32.const 1)))
