;; A unary gRPC call that fails.  Every on_configure starts one
;; proxy_grpc_call (cluster "cluster_a", "pkg.Echo", "Say", request "ping",
;; 1000 ms).  When the driver closes it with a gRPC status,
;; proxy_on_grpc_close(root, token, status) runs and the guest reads the
;; status and its message with proxy_get_status.  The guest traps if the
;; callback names another context, a status other than the code it reads,
;; or a token other than the last call's.
;; Shared by the call_close_* cases.
(module
  (import "env" "proxy_grpc_call"
    (func $grpc_call {{params proxy_grpc_call}}))
  (import "env" "proxy_get_status"
    (func $get_status {{params proxy_get_status}}))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster_a")
  (data (i32.const 32) "pkg.Echo")
  (data (i32.const 48) "Say")
  (data (i32.const 64) "ping")
  ;; out slots: 256 token, 272 code, 276 message pointer, 280 message length
  (global $root (mut i32) (i32.const 0))
  (global $heap (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  (func (export "{{export proxy_on_context_create}}") (param $ctx i32) (param $parent i32)
    (if (i32.eqz (local.get $parent)) (then (global.set $root (local.get $ctx)))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $grpc_call (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                           (i32.const 48) (i32.const 3) {{empty proxy_grpc_call.initial_metadata}} (i32.const 64) (i32.const 4)
                           (i32.const 1000) (i32.const 256)))
    (i32.const 1))
  (func (export "proxy_on_grpc_close")
      (param $ctx i32) (param $token i32) (param $status i32)
    (if (i32.ne (local.get $ctx) (global.get $root)) (then unreachable))
    (if (i32.ne (local.get $token) (i32.load (i32.const 256))) (then unreachable))
    (drop (call $get_status (i32.const 272) (i32.const 276) (i32.const 280)))
    (if (i32.ne (local.get $status) (i32.load (i32.const 272))) (then unreachable))))
