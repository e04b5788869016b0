;; proxy_define_metric with metric_type values outside 0..2: 3 (the first
;; value past histogram) and 0xffffffff.  Both are bad_argument and leave
;; the id slot (preset to 0xaa bytes) unwritten.
(module
  (import "env" "proxy_define_metric"
    (func $define (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "bogus")
  ;; out slot: 256 id
  (data (i32.const 256) "\aa\aa\aa\aa")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $define (i32.const 3) (i32.const 16) (i32.const 5) (i32.const 256)))
    (drop (call $define (i32.const -1) (i32.const 16) (i32.const 5) (i32.const 256)))
    (i32.const 1)))
