;; The env imports C toolchains add: emscripten_notify_memory_growth
;; after memory.grow, and pthread_equal (its answers logged as "eq"/"ne").
(module
  (import "env" "emscripten_notify_memory_growth" (func $grew (param i32)))
  (import "env" "pthread_equal" (func $eq (param i32 i32) (result i32)))
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 300) "eq")
  (data (i32.const 310) "ne")
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func $show (param i32)
    (if (local.get 0)
      (then (drop (call $log (i32.const 2) (i32.const 300) (i32.const 2))))
      (else (drop (call $log (i32.const 2) (i32.const 310) (i32.const 2))))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (memory.grow (i32.const 1)))
    (call $grew (i32.const 0))
    (call $show (call $eq (i32.const 5) (i32.const 5)))
    (call $show (call $eq (i32.const 5) (i32.const 6)))
    (i32.const 1)))
