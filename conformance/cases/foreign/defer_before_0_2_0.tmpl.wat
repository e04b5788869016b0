;; A 0.1.0 module calls pwabi.defer: 0.1.0 has no proxy_on_foreign_function,
;; so the function of that name the module exports (it traps) must not be
;; called back.
(module
  (import "env" "proxy_call_foreign_function"
    (func $ff (param i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "pwabi.defer")
  (data (i32.const 80) "xyz")
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $ff (i32.const 64) (i32.const 11) (i32.const 80) (i32.const 3)
                    (i32.const 512) (i32.const 516)))
    (i32.const 1))
  (func (export "proxy_on_foreign_function") (param i32 i32 i32) unreachable))
