;; Enqueue and dequeue with tokens that name no queue: 0 (never a valid
;; token) and 0x7fffffff (no queue was ever registered in this VM).  All
;; four calls are not_found; no proxy_on_queue_ready follows and the data
;; slots (preset to 0xaa bytes) are not written.
(module
  (import "env" "proxy_enqueue_shared_queue"
    (func $enqueue (param i32 i32 i32) (result i32)))
  (import "env" "proxy_dequeue_shared_queue"
    (func $dequeue (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 32) "lost")
  ;; out slots: 260 data pointer, 264 data length
  (data (i32.const 260) "\aa\aa\aa\aa\aa\aa\aa\aa")
  (func (export "malloc") (param i32) (result i32) (i32.const 1024))
  (func (export "proxy_on_create") (param i32 i32))
  (func (export "proxy_on_start") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $enqueue (i32.const 0) (i32.const 32) (i32.const 4)))
    (drop (call $enqueue (i32.const 0x7fffffff) (i32.const 32) (i32.const 4)))
    (drop (call $dequeue (i32.const 0) (i32.const 260) (i32.const 264)))
    (drop (call $dequeue (i32.const 0x7fffffff) (i32.const 260) (i32.const 264)))
    (i32.const 1))
  (func (export "proxy_on_queue_ready") (param i32 i32) unreachable))
