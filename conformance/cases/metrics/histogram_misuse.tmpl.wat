;; A histogram can neither be incremented nor read: proxy_increment_metric
;; (+1) and proxy_get_metric on it are bad_argument, and get leaves the
;; value slot (preset to 0xaa bytes) unwritten.
(module
  (import "env" "proxy_define_metric"
    (func $define (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_increment_metric"
    (func $increment (param i32 i64) (result i32)))
  (import "env" "proxy_get_metric"
    (func $get (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "latency_ms")
  ;; out slots: 256 id, 264 value (u64)
  (data (i32.const 264) "\aa\aa\aa\aa\aa\aa\aa\aa")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $define (i32.const 2) (i32.const 16) (i32.const 10) (i32.const 256)))
    (drop (call $increment (i32.load (i32.const 256)) (i64.const 1)))
    (drop (call $get (i32.load (i32.const 256)) (i32.const 264)))
    (i32.const 1)))
