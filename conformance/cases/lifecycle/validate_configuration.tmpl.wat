;; proxy_validate_configuration accepts a configuration by returning its
;; length (non-zero) and so rejects the empty one; proxy_on_configure is
;; not part of validation.
(module
  (memory (export "memory") 1)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_validate_configuration") (param i32 i32) (result i32)
    (local.get 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1)))
