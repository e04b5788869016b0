;; proxy_record_metric adds to a counter and sets a gauge.  Counter: +2
;; (increment), record 5, reads 7.  Gauge: record 9, record 2^40, reads
;; 2^40 (all eight bytes of the u64 out-value matter).
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
  (data (i32.const 16) "bytes_total")
  (data (i32.const 32) "queue_depth")
  ;; out slots: 256 counter id, 260 gauge id, 264 value (u64)
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $define (i32.const 0) (i32.const 16) (i32.const 11) (i32.const 256)))
    (drop (call $define (i32.const 1) (i32.const 32) (i32.const 11) (i32.const 260)))
    (drop (call $increment (i32.load (i32.const 256)) (i64.const 2)))
    (drop (call $record (i32.load (i32.const 256)) (i64.const 5)))
    (drop (call $get (i32.load (i32.const 256)) (i32.const 264)))
    (drop (call $record (i32.load (i32.const 260)) (i64.const 9)))
    (drop (call $record (i32.load (i32.const 260)) (i64.const 0x10000000000)))
    (drop (call $get (i32.load (i32.const 260)) (i32.const 264)))
    (i32.const 1)))
