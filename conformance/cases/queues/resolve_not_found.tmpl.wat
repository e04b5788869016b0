;; proxy_resolve_shared_queue that finds nothing: an unknown queue name in
;; the caller's own VM id, and a registered queue name under another VM id
;; ("no-such-vm").  Both are not_found and leave the token slot (preset to
;; 0xaa bytes) untouched.
(module
  (import "env" "proxy_register_shared_queue"
    (func $register (param i32 i32 i32) (result i32)))
  (import "env" "proxy_resolve_shared_queue"
    (func $resolve (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "jobs")
  (data (i32.const 32) "unknown-queue")
  (data (i32.const 48) "no-such-vm")
  ;; out slots: 256 registered token, 260 resolved token
  (data (i32.const 260) "\aa\aa\aa\aa")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $resolve (i32.const 0) (i32.const 0) (i32.const 32) (i32.const 13)
                         (i32.const 260)))
    (drop (call $register (i32.const 16) (i32.const 4) (i32.const 256)))
    (drop (call $resolve (i32.const 48) (i32.const 10) (i32.const 16) (i32.const 4)
                         (i32.const 260)))
    (i32.const 1)))
