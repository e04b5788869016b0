;; Only proxy_on_memory_allocate is exported (it logs its name): the host
;; places pwabi.echo's result with it, at 4096.
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (import "env" "proxy_call_foreign_function"
    (func $ff (param i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 32) "proxy_on_memory_allocate")
  (data (i32.const 64) "pwabi.echo")
  (data (i32.const 80) "abc")
  (data (i32.const 100) "at 4096")
  {{marker}}
  (func (export "proxy_on_memory_allocate") (param i32) (result i32)
    (drop (call $log (i32.const 2) (i32.const 32) (i32.const 24)))
    (i32.const 4096))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $ff (i32.const 64) (i32.const 10) (i32.const 80) (i32.const 3)
                    (i32.const 512) (i32.const 516)))
    (if (i32.eq (i32.load (i32.const 512)) (i32.const 4096))
      (then (drop (call $log (i32.const 2) (i32.const 100) (i32.const 7)))))
    (i32.const 1)))
