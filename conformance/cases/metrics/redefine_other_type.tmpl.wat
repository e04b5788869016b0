;; "dual" defined as a counter (id at 256) and then as a gauge (id at 260).
;; The guest logs "two ids" when the ids differ, "one id" otherwise.
;; Counter +5, gauge record 9: each reads back its own value.  Then a
;; gauge increment of -2 leaves the counter at 5 and the gauge at 7.
(module
  (import "env" "proxy_define_metric"
    (func $define (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_increment_metric"
    (func $increment (param i32 i64) (result i32)))
  (import "env" "proxy_record_metric"
    (func $record (param i32 i64) (result i32)))
  (import "env" "proxy_get_metric"
    (func $get (param i32 i32) (result i32)))
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "dual")
  (data (i32.const 32) "two ids")
  (data (i32.const 48) "one id")
  ;; out slots: 256 counter id, 260 gauge id, 264 value (u64)
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $define (i32.const 0) (i32.const 16) (i32.const 4) (i32.const 256)))
    (drop (call $define (i32.const 1) (i32.const 16) (i32.const 4) (i32.const 260)))
    (drop (call $increment (i32.load (i32.const 256)) (i64.const 5)))
    (drop (call $record (i32.load (i32.const 260)) (i64.const 9)))
    (drop (call $get (i32.load (i32.const 256)) (i32.const 264)))
    (drop (call $get (i32.load (i32.const 260)) (i32.const 264)))
    (drop (call $increment (i32.load (i32.const 260)) (i64.const -2)))
    (drop (call $get (i32.load (i32.const 256)) (i32.const 264)))
    (drop (call $get (i32.load (i32.const 260)) (i32.const 264)))
    (if (i32.ne (i32.load (i32.const 256)) (i32.load (i32.const 260)))
      (then (drop (call $log (i32.const 2) (i32.const 32) (i32.const 7))))
      (else (drop (call $log (i32.const 2) (i32.const 48) (i32.const 6)))))
    (i32.const 1)))
