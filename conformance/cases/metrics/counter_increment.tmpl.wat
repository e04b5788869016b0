;; A counter incremented by 1 and by 41 reads back as 42 through
;; proxy_get_metric's 8-byte out-pointer.
(module
  (import "env" "proxy_define_metric"
    (func $define (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_increment_metric"
    (func $increment (param i32 i64) (result i32)))
  (import "env" "proxy_get_metric"
    (func $get (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "requests")
  ;; out slots: 256 id, 264 value (u64)
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $define (i32.const 0) (i32.const 16) (i32.const 8) (i32.const 256)))
    (drop (call $increment (i32.load (i32.const 256)) (i64.const 1)))
    (drop (call $increment (i32.load (i32.const 256)) (i64.const 41)))
    (drop (call $get (i32.load (i32.const 256)) (i32.const 264)))
    (i32.const 1)))
