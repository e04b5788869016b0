;; No allocator exported: the module starts, and a call that must place a
;; result in guest memory (pwabi.echo) fails.
(module
  (import "env" "proxy_call_foreign_function"
    (func $ff (param i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "pwabi.echo")
  (data (i32.const 80) "abc")
  {{marker}}
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $ff (i32.const 64) (i32.const 10) (i32.const 80) (i32.const 3)
                    (i32.const 512) (i32.const 516)))
    ;; an empty result needs no allocation
    (drop (call $ff (i32.const 64) (i32.const 10) (i32.const 80) (i32.const 0)
                    (i32.const 512) (i32.const 516)))
    (i32.const 1)))
