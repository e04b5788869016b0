;; Metric ids that no proxy_define_metric returned: before any metric is
;; defined, ids 0, 4, 5 and 0xffffffff are unknown to increment, record
;; and get (not_found; get leaves its slot, preset to 0xaa bytes, alone).
(module
  (import "env" "proxy_increment_metric"
    (func $increment (param i32 i64) (result i32)))
  (import "env" "proxy_record_metric"
    (func $record (param i32 i64) (result i32)))
  (import "env" "proxy_get_metric"
    (func $get (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  ;; out slot: 264 value (u64)
  (data (i32.const 264) "\aa\aa\aa\aa\aa\aa\aa\aa")
  (func $try (param $id i32)
    (drop (call $increment (local.get $id) (i64.const 1)))
    (drop (call $record (local.get $id) (i64.const 1)))
    (drop (call $get (local.get $id) (i32.const 264))))
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $try (i32.const 0))
    (call $try (i32.const 4))
    (call $try (i32.const 5))
    (call $try (i32.const -1))
    (i32.const 1)))
