;; proxy_log at every log_level, from on_configure.
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "trace")
  (data (i32.const 32) "critical")
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $log (i32.const 0) (i32.const 16) (i32.const 5)))
    (drop (call $log (i32.const 1) (i32.const 16) (i32.const 0)))
    (drop (call $log (i32.const 2) (i32.const 16) (i32.const 2)))
    (drop (call $log (i32.const 3) (i32.const 16) (i32.const 3)))
    (drop (call $log (i32.const 4) (i32.const 16) (i32.const 4)))
    (drop (call $log (i32.const 5) (i32.const 32) (i32.const 8)))
    (i32.const 1)))
