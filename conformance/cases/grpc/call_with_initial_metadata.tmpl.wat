;; grpc/call_with_initial_metadata (0.1.0 on: proxy_grpc_call has 12
;; parameters, the initial metadata a pairs argument).  A stream's
;; on_request_headers starts proxy_grpc_call(cluster "cluster_a",
;; "pkg.Echo", "Say", metadata {x-request-id: abc-123, x-empty: ""},
;; request "ping", 1500 ms) and remembers the token.  The answer arrives
;; on the root context: proxy_on_grpc_receive(root, token, 4) reads the
;; message from grpc_receive_buffer.  The guest traps if the callback
;; names another context, another token or another size.
(module
  (import "env" "proxy_grpc_call"
    (func $grpc_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
                     (result i32)))
  (import "env" "proxy_get_buffer_bytes"
    (func $get_buffer (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster_a")
  (data (i32.const 32) "pkg.Echo")
  (data (i32.const 48) "Say")
  (data (i32.const 64) "ping")
  ;; {x-request-id: abc-123, x-empty: ""}, 50 bytes
  (data (i32.const 96) "\02\00\00\00\0c\00\00\00\07\00\00\00\07\00\00\00\00\00\00\00x-request-id\00abc-123\00x-empty\00\00")
  ;; out slots: 256 token, 260 buffer pointer, 264 buffer length
  (global $root (mut i32) (i32.const 0))
  (global $heap (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_context_create}}") (param $ctx i32) (param $parent i32)
    (if (i32.eqz (local.get $parent)) (then (global.set $root (local.get $ctx)))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $grpc_call (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                           (i32.const 48) (i32.const 3) (i32.const 96) (i32.const 50)
                           (i32.const 64) (i32.const 4) (i32.const 1500) (i32.const 256)))
    (i32.const 0))
  (func (export "proxy_on_grpc_receive")
      (param $ctx i32) (param $token i32) (param $size i32)
    (if (i32.ne (local.get $ctx) (global.get $root)) (then unreachable))
    (if (i32.ne (local.get $token) (i32.load (i32.const 256))) (then unreachable))
    (if (i32.ne (local.get $size) (i32.const 4)) (then unreachable))
    (drop (call $get_buffer (i32.const {{buffer grpc_receive_buffer}}) (i32.const 0)
                            (local.get $size) (i32.const 260) (i32.const 264)))))
