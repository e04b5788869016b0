;; proxy_on_start returns 7 and proxy_on_configure returns 0xffffffff:
;; any non-zero result means success.
(module
  (memory (export "memory") 1)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 7))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const -1)))
