;; pwabi.echo with "hello" and with no arguments; the results pointer and
;; length (512, 516) are preset to 7 and logged as "kept" when the empty
;; call leaves the address 0.
(module
  (import "env" "proxy_call_foreign_function"
    (func $ff (param i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "pwabi.echo")
  (data (i32.const 80) "hello")
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $ff (i32.const 64) (i32.const 10) (i32.const 80) (i32.const 5)
                    (i32.const 512) (i32.const 516)))
    (drop (call $log (i32.const 2) (i32.load (i32.const 512)) (i32.load (i32.const 516))))
    (drop (call $ff (i32.const 64) (i32.const 10) (i32.const 80) (i32.const 0)
                    (i32.const 520) (i32.const 524)))
    (i32.const 1)))
