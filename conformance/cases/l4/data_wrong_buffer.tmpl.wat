;; L4 callbacks ask for buffers they do not have: proxy_on_new_connection
;; for network_downstream_data (2), proxy_on_downstream_data for
;; network_upstream_data (3) and http_request_body (0),
;; proxy_on_upstream_data for network_downstream_data (2).
(module
  (import "env" "proxy_get_buffer_bytes" (func $get_buffer_bytes (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "\ff\ff\ff\ff\ff\ff\ff\ff")
  (global $bump (mut i32) (i32.const 4096))
  {{marker}}
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (global.get $bump)
    (global.set $bump (i32.add (global.get $bump) (local.get $n))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_new_connection") (param i32) (result i32)
    (drop (call $get_buffer_bytes (i32.const {{buffer network_downstream_data}}) (i32.const 0) (i32.const 100) (i32.const 64) (i32.const 68)))
    (i32.const 0))
  (func (export "proxy_on_downstream_data") (param i32 i32 i32) (result i32)
    (drop (call $get_buffer_bytes (i32.const {{buffer network_upstream_data}}) (i32.const 0) (i32.const 100) (i32.const 64) (i32.const 68)))
    (drop (call $get_buffer_bytes (i32.const {{buffer http_request_body}}) (i32.const 0) (i32.const 100) (i32.const 64) (i32.const 68)))
    (i32.const 0))
  (func (export "proxy_on_upstream_data") (param i32 i32 i32) (result i32)
    (drop (call $get_buffer_bytes (i32.const {{buffer network_downstream_data}}) (i32.const 0) (i32.const 100) (i32.const 64) (i32.const 68)))
    (i32.const 0)))
