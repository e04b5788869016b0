;; A queue keeps copies of its items and names, not the guest's memory.
;; "jobs" is registered and "original" enqueued from guest memory; the
;; guest then overwrites the name bytes ("jobs" -> "jobz") and the item
;; bytes ("original" -> "CHANGED!").  Resolving "jobs" still finds the
;; queue ("jobz" is not_found), and proxy_on_queue_ready dequeues
;; "original" into a fresh buffer from the allocator (not the source
;; address; the guest traps otherwise).
(module
  (import "env" "proxy_register_shared_queue"
    (func $register (param i32 i32 i32) (result i32)))
  (import "env" "proxy_resolve_shared_queue"
    (func $resolve (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_enqueue_shared_queue"
    (func $enqueue (param i32 i32 i32) (result i32)))
  (import "env" "proxy_dequeue_shared_queue"
    (func $dequeue (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "jobs")
  (data (i32.const 32) "original")
  ;; out slots: 256 token, 260 resolved token, 264 data ptr, 268 length
  (global $heap (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  (func $resolve_name
    (drop (call $resolve (i32.const 0) (i32.const 0) (i32.const 16)
                         (i32.const 4) (i32.const 260))))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $register (i32.const 16) (i32.const 4) (i32.const 256)))
    (drop (call $enqueue (i32.load (i32.const 256)) (i32.const 32) (i32.const 8)))
    (i32.store8 (i32.const 19) (i32.const 0x7a))              ;; "jobz"
    (i64.store (i32.const 32) (i64.const 0x214445474e414843))  ;; "CHANGED!"
    (call $resolve_name)                                       ;; "jobz"
    (i32.store8 (i32.const 19) (i32.const 0x73))              ;; "jobs" again
    (call $resolve_name)
    (if (i32.ne (i32.load (i32.const 256)) (i32.load (i32.const 260)))
      (then unreachable))
    (i32.const 1))
  (func (export "proxy_on_queue_ready") (param i32) (param $token i32)
    (drop (call $dequeue (local.get $token) (i32.const 264) (i32.const 268)))
    (if (i32.eq (i32.load (i32.const 264)) (i32.const 32)) (then unreachable))))
