;; proxy_log with levels just past critical (6, 7), far out (100) and with
;; the top bit set (0x80000000): each is bad_argument and logs nothing.
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "msg")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $log (i32.const 6) (i32.const 16) (i32.const 3)))
    (drop (call $log (i32.const 7) (i32.const 16) (i32.const 3)))
    (drop (call $log (i32.const 100) (i32.const 16) (i32.const 3)))
    (drop (call $log (i32.const 0x80000000) (i32.const 16) (i32.const 3)))
    (i32.const 1)))
