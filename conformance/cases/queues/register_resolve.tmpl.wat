;; proxy_register_shared_queue creates a queue and writes a non-zero
;; token; proxy_resolve_shared_queue with an empty vm_id (the caller's own
;; VM id) finds the same queue and writes the same token.  The guest traps
;; if the token is 0 or the two tokens differ.
(module
  (import "env" "proxy_register_shared_queue"
    (func $register (param i32 i32 i32) (result i32)))
  (import "env" "proxy_resolve_shared_queue"
    (func $resolve (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "jobs")
  ;; out slots: 256 registered token, 260 resolved token
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $register (i32.const 16) (i32.const 4) (i32.const 256)))
    (drop (call $resolve (i32.const 0) (i32.const 0) (i32.const 16) (i32.const 4)
                         (i32.const 260)))
    (if (i32.eqz (i32.load (i32.const 256))) (then unreachable))
    (if (i32.ne (i32.load (i32.const 256)) (i32.load (i32.const 260)))
      (then unreachable))
    (i32.const 1)))
