;; _initialize reaches unreachable: the module does not start, and main is
;; not called.
(module
  (memory (export "memory") 1)
  {{marker}}
  (func (export "malloc") (param i32) (result i32) (i32.const 1024))
  (func (export "_initialize") unreachable)
  (func (export "main") (param i32 i32) (result i32) (i32.const 0))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1)))
