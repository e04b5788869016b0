;; From 0.1.0 on, proxy_grpc_stream and proxy_grpc_call take initial
;; metadata (one pair, x-id: 7).  proxy_on_configure opens a stream;
;; proxy_on_grpc_close reads proxy_get_status, and the first time also
;; starts a unary call, whose close (status ok, no message) then
;; replaces the stream's status.
(module
  (import "env" "proxy_grpc_stream"
    (func $grpc_stream (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_grpc_call"
    (func $grpc_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_status" (func $get_status (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster")
  (data (i32.const 32) "pkg.Svc")
  (data (i32.const 48) "Watch")
  ;; pairs: x-id 7
  (data (i32.const 96) "\01\00\00\00" "\04\00\00\00\01\00\00\00" "x-id\00" "7\00")
  (data (i32.const 256) "\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff")
  (global $closes (mut i32) (i32.const 0))
  (global $bump (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (global.get $bump)
    (global.set $bump (i32.add (global.get $bump) (local.get $n))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $grpc_stream (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 7)
      (i32.const 48) (i32.const 5) (i32.const 96) (i32.const 19) (i32.const 8)))
    (i32.const 1))
  (func (export "proxy_on_grpc_close") (param i32 i32 i32)
    (drop (call $get_status (i32.const 256) (i32.const 260) (i32.const 264)))
    (if (i32.eqz (global.get $closes))
      (then
        (drop (call $grpc_call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 7)
          (i32.const 48) (i32.const 5) (i32.const 96) (i32.const 19)
          (i32.const 0) (i32.const 0) (i32.const 1000) (i32.const 8)))))
    (global.set $closes (i32.add (global.get $closes) (i32.const 1)))))
