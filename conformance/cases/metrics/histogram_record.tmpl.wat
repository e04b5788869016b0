;; proxy_record_metric on a histogram records samples: three records (10,
;; 20, 0) are all ok.
(module
  (import "env" "proxy_define_metric"
    (func $define (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_record_metric"
    (func $record (param i32 i64) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "latency_ms")
  ;; out slot: 256 id
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $define (i32.const 2) (i32.const 16) (i32.const 10) (i32.const 256)))
    (drop (call $record (i32.load (i32.const 256)) (i64.const 10)))
    (drop (call $record (i32.load (i32.const 256)) (i64.const 20)))
    (drop (call $record (i32.load (i32.const 256)) (i64.const 0)))
    (i32.const 1)))
