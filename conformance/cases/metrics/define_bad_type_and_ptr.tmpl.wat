;; proxy_define_metric with type 3 and a name running past the end of
;; memory, then with a good type (gauge) and the same bad name; the id
;; slot is preset to 0xaa bytes.
(module
  (import "env" "proxy_define_metric"
    (func $define (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  ;; out slot: 256 id
  (data (i32.const 256) "\aa\aa\aa\aa")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $define (i32.const 3) (i32.const 65530) (i32.const 10) (i32.const 256)))
    (drop (call $define (i32.const 1) (i32.const 65530) (i32.const 10) (i32.const 256)))
    (i32.const 1)))
