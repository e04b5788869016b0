;; proxy_define_metric with each metric_type: counter (0), gauge (1) and
;; histogram (2).  Each call writes an id; the metrics exist with value 0.
(module
  (import "env" "proxy_define_metric"
    (func $define (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "requests")
  (data (i32.const 32) "in_flight")
  (data (i32.const 48) "latency_ms")
  ;; out slots: 256 counter id, 260 gauge id, 264 histogram id
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $define (i32.const 0) (i32.const 16) (i32.const 8) (i32.const 256)))
    (drop (call $define (i32.const 1) (i32.const 32) (i32.const 9) (i32.const 260)))
    (drop (call $define (i32.const 2) (i32.const 48) (i32.const 10) (i32.const 264)))
    (i32.const 1)))
