;; proxy_on_configure starts a unary gRPC call.  proxy_on_grpc_close reads
;; proxy_get_status; the first time, it also starts a second call.
(module
  (import "env" "proxy_grpc_call"
    (func $grpc_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_status" (func $get_status (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "cluster")
  (data (i32.const 32) "pkg.Svc")
  (data (i32.const 48) "Call")
  (data (i32.const 256) "\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff")
  (global $closes (mut i32) (i32.const 0))
  (global $bump (mut i32) (i32.const 4096))
  (func (export "malloc") (param $n i32) (result i32)
    (global.get $bump)
    (global.set $bump (i32.add (global.get $bump) (local.get $n))))
  (func $call
    (drop (call $grpc_call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 7)
      (i32.const 48) (i32.const 4) (i32.const 0) (i32.const 0) (i32.const 1000) (i32.const 8))))
  (func (export "proxy_on_start") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $call)
    (i32.const 1))
  (func (export "proxy_on_grpc_close") (param i32 i32 i32)
    (drop (call $get_status (i32.const 256) (i32.const 260) (i32.const 264)))
    (if (i32.eqz (global.get $closes)) (then (call $call)))
    (global.set $closes (i32.add (global.get $closes) (i32.const 1)))))
