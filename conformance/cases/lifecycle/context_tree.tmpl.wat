;; Shared by several_roots and stream_closed_unused.  proxy_on_context_create
;; keeps every id it was given and the roots in creation order, and logs
;; "root<k>" for the k-th root (parent 0), "stream<k>" for a context whose
;; parent is the k-th root ("stream0": a parent that is no root), and
;; "reused" (after either) for an id it was already given, or 0.
;; on_done and on_delete log "done" and "delete"; proxy_on_log is not
;; exported, so a stream's end reads the same whatever order the host
;; calls log in.
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "root?")
  (data (i32.const 80) "stream?")
  (data (i32.const 96) "reused")
  (data (i32.const 112) "done")
  (data (i32.const 120) "delete")
  ;; seen ids: count at 1020, ids from 1024; roots: count at 2044, from 2048
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 8192))
  (func $say (param $p i32) (param $n i32)
    (drop (call $log (i32.const 2) (local.get $p) (local.get $n))))
  ;; index (1-based) of $v in the list at $base (count at $base - 4), or 0
  (func $find (param $base i32) (param $v i32) (result i32)
    (local $i i32)
    (block $out
      (loop $next
        (br_if $out (i32.ge_u (local.get $i) (i32.load (i32.sub (local.get $base) (i32.const 4)))))
        (if (i32.eq (i32.load (i32.add (local.get $base) (i32.shl (local.get $i) (i32.const 2))))
                    (local.get $v))
          (then (return (i32.add (local.get $i) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.const 0))
  ;; appends $v to the list at $base, returns the new count
  (func $add (param $base i32) (param $v i32) (result i32)
    (local $n i32)
    (local.set $n (i32.load (i32.sub (local.get $base) (i32.const 4))))
    (i32.store (i32.add (local.get $base) (i32.shl (local.get $n) (i32.const 2))) (local.get $v))
    (local.set $n (i32.add (local.get $n) (i32.const 1)))
    (i32.store (i32.sub (local.get $base) (i32.const 4)) (local.get $n))
    (local.get $n))
  (func (export "{{export proxy_on_context_create}}") (param $ctx i32) (param $parent i32)
    (local $reused i32)
    (local.set $reused (i32.or (i32.eqz (local.get $ctx))
                               (i32.ne (call $find (i32.const 1024) (local.get $ctx)) (i32.const 0))))
    (drop (call $add (i32.const 1024) (local.get $ctx)))
    (if (i32.eqz (local.get $parent))
      (then
        (i32.store8 (i32.const 68)
          (i32.add (i32.const 48) (call $add (i32.const 2048) (local.get $ctx))))
        (call $say (i32.const 64) (i32.const 5)))
      (else
        (i32.store8 (i32.const 86)
          (i32.add (i32.const 48) (call $find (i32.const 2048) (local.get $parent))))
        (call $say (i32.const 80) (i32.const 7))))
    (if (local.get $reused) (then (call $say (i32.const 96) (i32.const 6)))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_new_connection") (param i32) (result i32) (i32.const 0))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_done") (param i32) (result i32)
    (call $say (i32.const 112) (i32.const 4))
    (i32.const 1))
  (func (export "proxy_on_delete") (param i32)
    (call $say (i32.const 120) (i32.const 6))))
