;; The guest enqueues into a queue another root context registered.  Two
;; root contexts of one VM: the first (empty configuration) registers
;; "first-q"; the second (configuration "second") registers its own
;; "second-q", resolves "first-q" and enqueues "hello" into it.  The
;; proxy_on_queue_ready that follows must name the first root and the
;; token of "first-q" (the guest traps otherwise: a host that notifies the
;; enqueuer, or the caller's own queue, fails), and dequeues the item
;; there.
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
  (data (i32.const 16) "first-q")
  (data (i32.const 32) "second-q")
  (data (i32.const 48) "hello")
  ;; out slots: 256 first-q token (registered), 260 second-q token,
  ;; 264 first-q token (resolved), 272 data pointer, 276 data length
  (global $first_root (mut i32) (i32.const 0))
  (global $heap (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  ;; remember the first root context created
  (func (export "{{export proxy_on_context_create}}") (param $ctx i32) (param $parent i32)
    (if (i32.and (i32.eqz (local.get $parent))
                 (i32.eqz (global.get $first_root)))
      (then (global.set $first_root (local.get $ctx)))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param $root i32) (param $len i32)
      (result i32)
    (if (i32.eqz (local.get $len))
      (then
        (drop (call $register (i32.const 16) (i32.const 7) (i32.const 256))))
      (else
        (drop (call $register (i32.const 32) (i32.const 8) (i32.const 260)))
        (drop (call $resolve (i32.const 0) (i32.const 0) (i32.const 16)
                             (i32.const 7) (i32.const 264)))
        (drop (call $enqueue (i32.load (i32.const 264)) (i32.const 48)
                             (i32.const 5)))))
    (i32.const 1))
  (func (export "proxy_on_queue_ready") (param $ctx i32) (param $token i32)
    (if (i32.ne (local.get $ctx) (global.get $first_root)) (then unreachable))
    (if (i32.ne (local.get $token) (i32.load (i32.const 256))) (then unreachable))
    (drop (call $dequeue (local.get $token) (i32.const 272) (i32.const 276)))))
