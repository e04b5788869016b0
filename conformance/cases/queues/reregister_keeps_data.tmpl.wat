;; Registering an existing queue name again re-opens it with its pending
;; items.  Selected by the configuration length: the first on_configure
;; (empty configuration) registers "jobs" and enqueues "kept"; the second
;; (configuration "again") registers "jobs" again and dequeues through the
;; token it got back.  proxy_on_queue_ready does nothing.
(module
  (import "env" "proxy_register_shared_queue"
    (func $register (param i32 i32 i32) (result i32)))
  (import "env" "proxy_enqueue_shared_queue"
    (func $enqueue (param i32 i32 i32) (result i32)))
  (import "env" "proxy_dequeue_shared_queue"
    (func $dequeue (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "jobs")
  (data (i32.const 32) "kept")
  ;; out slots: 256 first token, 260 second token, 264 data ptr, 268 length
  (global $heap (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param $root i32) (param $len i32)
      (result i32)
    (if (i32.eqz (local.get $len))
      (then
        (drop (call $register (i32.const 16) (i32.const 4) (i32.const 256)))
        (drop (call $enqueue (i32.load (i32.const 256)) (i32.const 32)
                             (i32.const 4))))
      (else
        (drop (call $register (i32.const 16) (i32.const 4) (i32.const 260)))
        (drop (call $dequeue (i32.load (i32.const 260)) (i32.const 264)
                             (i32.const 268)))))
    (i32.const 1))
  (func (export "proxy_on_queue_ready") (param i32 i32)))
