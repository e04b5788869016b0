;; Histogram "latency" defined twice (ids at 256 and 260); one sample
;; recorded through each id; then an increment through the second id and
;; a get through it (value slot preset to 0xaa bytes).
(module
  (import "env" "proxy_define_metric"
    (func $define (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_increment_metric"
    (func $increment (param i32 i64) (result i32)))
  (import "env" "proxy_record_metric"
    (func $record (param i32 i64) (result i32)))
  (import "env" "proxy_get_metric"
    (func $get (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "latency")
  ;; out slots: 256 first id, 260 second id, 264 value (u64)
  (data (i32.const 264) "\aa\aa\aa\aa\aa\aa\aa\aa")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $define (i32.const 2) (i32.const 16) (i32.const 7) (i32.const 256)))
    (drop (call $define (i32.const 2) (i32.const 16) (i32.const 7) (i32.const 260)))
    (drop (call $record (i32.load (i32.const 256)) (i64.const 12)))
    (drop (call $record (i32.load (i32.const 260)) (i64.const 30)))
    (drop (call $increment (i32.load (i32.const 260)) (i64.const 1)))
    (drop (call $get (i32.load (i32.const 260)) (i32.const 264)))
    (i32.const 1)))
