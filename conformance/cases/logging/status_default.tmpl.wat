;; proxy_get_status with nothing recorded, from the root (on_configure)
;; and from an HTTP stream: code 0 and an empty message.  The out-words are
;; pre-filled with 0xff so a write of 0 is visible.
(module
  (import "env" "proxy_get_status" (func $get_status (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 64) "\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff")
  (data (i32.const 80) "\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $get_status (i32.const 64) (i32.const 68) (i32.const 72)))
    (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $get_status (i32.const 80) (i32.const 84) (i32.const 88)))
    (i32.const 0)))
