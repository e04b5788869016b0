;; Deltas whose low 32 bits alone would mislead a host that truncates them.
;; Counter "bytes": +2^32 (low half 0), +2^31 (low half negative as i32)
;; give 6442450944; -2^32 + 5 (negative, low half 5) is bad_argument;
;; record 2^32 adds: 10737418240.  Gauge "level": +(2^32 + 1), then
;; -2^32: 1.
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
  (data (i32.const 16) "bytes")
  (data (i32.const 32) "level")
  ;; out slots: 256 counter id, 260 gauge id, 264 value (u64)
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $define (i32.const 0) (i32.const 16) (i32.const 5) (i32.const 256)))
    (drop (call $define (i32.const 1) (i32.const 32) (i32.const 5) (i32.const 260)))
    (drop (call $increment (i32.load (i32.const 256)) (i64.const 0x100000000)))
    (drop (call $increment (i32.load (i32.const 256)) (i64.const 0x80000000)))
    (drop (call $increment (i32.load (i32.const 256)) (i64.const -0xfffffffb)))
    (drop (call $get (i32.load (i32.const 256)) (i32.const 264)))
    (drop (call $record (i32.load (i32.const 256)) (i64.const 0x100000000)))
    (drop (call $get (i32.load (i32.const 256)) (i32.const 264)))
    (drop (call $increment (i32.load (i32.const 260)) (i64.const 0x100000001)))
    (drop (call $get (i32.load (i32.const 260)) (i32.const 264)))
    (drop (call $increment (i32.load (i32.const 260)) (i64.const -0x100000000)))
    (drop (call $get (i32.load (i32.const 260)) (i32.const 264)))
    (i32.const 1)))
