;; The store is shared by every context of the VM: stream s1 writes a key
;; in on_request_headers, stream s2 reads it in its on_request_headers, and
;; the root context reads it in proxy_on_done.
(module
  (import "env" "proxy_set_shared_data"
    (func $set (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_shared_data"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "seen-by")
  (data (i32.const 32) "stream one")
  ;; out slots: 256 value pointer, 260 value length, 264 cas
  (global $heap (mut i32) (i32.const 1024))
  (global $streams (mut i32) (i32.const 0))
  (global $root (mut i32) (i32.const 0))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  (func $read
    (drop (call $get (i32.const 16) (i32.const 7) (i32.const 256)
                     (i32.const 260) (i32.const 264))))
  ;; remember the root context (the one created with parent 0)
  (func (export "{{export proxy_on_context_create}}") (param $ctx i32) (param $parent i32)
    (if (i32.eqz (local.get $parent)) (then (global.set $root (local.get $ctx)))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  ;; the first stream writes, every later stream reads
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (global.set $streams (i32.add (global.get $streams) (i32.const 1)))
    (if (i32.eq (global.get $streams) (i32.const 1))
      (then (drop (call $set (i32.const 16) (i32.const 7) (i32.const 32)
                             (i32.const 10) (i32.const 0))))
      (else (call $read)))
    (i32.const 0))
  ;; root context: read; streams: nothing
  (func (export "proxy_on_done") (param $ctx i32) (result i32)
    (if (i32.eq (local.get $ctx) (global.get $root)) (then (call $read)))
    (i32.const 1)))
