;; Both allocators exported, each logging its name and handing out its own
;; block (malloc 2048, proxy_on_memory_allocate 4096).  pwabi.echo's
;; result is placed with the one the host picks.
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (import "env" "proxy_call_foreign_function"
    (func $ff (param i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "malloc")
  (data (i32.const 32) "proxy_on_memory_allocate")
  (data (i32.const 64) "pwabi.echo")
  (data (i32.const 80) "abc")
  {{marker}}
  (func (export "malloc") (param i32) (result i32)
    (drop (call $log (i32.const 2) (i32.const 16) (i32.const 6)))
    (i32.const 2048))
  (func (export "proxy_on_memory_allocate") (param i32) (result i32)
    (drop (call $log (i32.const 2) (i32.const 32) (i32.const 24)))
    (i32.const 4096))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $ff (i32.const 64) (i32.const 10) (i32.const 80) (i32.const 3)
                    (i32.const 512) (i32.const 516)))
    ;; the address the host wrote, logged as "abc" read from there
    (drop (call $log (i32.const 2) (i32.load (i32.const 512)) (i32.load (i32.const 516))))
    (i32.const 1)))
