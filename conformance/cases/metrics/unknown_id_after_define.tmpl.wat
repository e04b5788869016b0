;; A counter "c", a gauge "g" and a histogram "h" are defined.  For each
;; id returned, the id with its top bit flipped (none of the three ids,
;; and no other define ran) is tried with increment, record and get
;; (value slot preset to 0xaa bytes): each is not_found and no metric
;; changes.
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
  (data (i32.const 16) "cgh")
  ;; out slots: 256, 260, 264 ids, 272 value (u64)
  (data (i32.const 272) "\aa\aa\aa\aa\aa\aa\aa\aa")
  (func $try (param $id i32)
    (local.set $id (i32.xor (local.get $id) (i32.const 0x80000000)))
    (drop (call $increment (local.get $id) (i64.const 1)))
    (drop (call $record (local.get $id) (i64.const 1)))
    (drop (call $get (local.get $id) (i32.const 272))))
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $define (i32.const 0) (i32.const 16) (i32.const 1) (i32.const 256)))
    (drop (call $define (i32.const 1) (i32.const 17) (i32.const 1) (i32.const 260)))
    (drop (call $define (i32.const 2) (i32.const 18) (i32.const 1) (i32.const 264)))
    (call $try (i32.load (i32.const 256)))
    (call $try (i32.load (i32.const 260)))
    (call $try (i32.load (i32.const 264)))
    (i32.const 1)))
