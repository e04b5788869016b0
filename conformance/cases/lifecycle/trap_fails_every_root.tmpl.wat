;; proxy_on_configure traps when its configuration is 4 bytes long
;; and succeeds otherwise.  Two roots share the VM: a trap while
;; configuring one fails the VM for the other too.
(module
  (memory (export "memory") 1)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (if (i32.eq (local.get 1) (i32.const 4)) (then unreachable))
    (i32.const 1))
  (func (export "proxy_on_new_connection") (param i32) (result i32) (i32.const 0)))
