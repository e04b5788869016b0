;; main without _initialize or _start: nothing runs at start-up (main
;; would trap); the VM starts.
(module
  (memory (export "memory") 1)
  {{marker}}
  (func (export "malloc") (param i32) (result i32) (i32.const 1024))
  (func (export "main") (param i32 i32) (result i32) unreachable)
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1)))
