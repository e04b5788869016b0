;; proxy_get_status before any gRPC close or HTTP call failure: code 0 and
;; an empty message (pointer 0, length 0; the allocator traps if called).
;; The out slots are preset to 0xaa bytes so the zeros are visible.
(module
  (import "env" "proxy_get_status"
    (func $get_status (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  ;; out slots: 272 code, 276 message pointer, 280 message length
  (data (i32.const 272) "\aa\aa\aa\aa\aa\aa\aa\aa\aa\aa\aa\aa")
  (func (export "{{allocator}}") (param i32) (result i32) unreachable)
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $get_status (i32.const 272) (i32.const 276) (i32.const 280)))
    (i32.const 1)))
